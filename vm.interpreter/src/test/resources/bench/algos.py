# The benchmark algorithms in Python, timed the same way as the VM and Java versions.
import sys, time

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def loops(n):
    s = 0
    for i in range(n):
        for j in range(n):
            s += i ^ j
    return s

def sieve(n):
    flags = bytearray(n)
    count = 0
    for i in range(2, n):
        if not flags[i]:
            count += 1
            j = i * i
            while j < n:
                flags[j] = 1
                j += i
    return count

sys.setrecursionlimit(10000)
fib_n, loop_n, sieve_n = (int(a) for a in sys.argv[1:4])
for name, f, n in (("fib", fib, fib_n), ("loops", loops, loop_n), ("sieve", sieve, sieve_n)):
    t = time.perf_counter()
    r = f(n)
    print(name, r, time.perf_counter() - t)
