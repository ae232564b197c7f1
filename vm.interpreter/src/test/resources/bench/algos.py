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

class Acc:
    def __init__(self):
        self.total = 0
    def twice(self, x):
        return x + x
    def add(self, x):
        self.total += x

def calls(n):
    a = Acc()
    for i in range(n):
        a.add(a.twice(i & 15))
    return a.total

class TreeNode:
    __slots__ = ("left", "right")
    def __init__(self, left, right):
        self.left = left
        self.right = right
    def check(self):
        if self.left is None:
            return 1
        return self.left.check() + self.right.check() + 1

def make(d):
    if d <= 0:
        return TreeNode(None, None)
    return TreeNode(make(d - 1), make(d - 1))

def trees(d):
    total = 0
    for _ in range(4):
        total += make(d).check()
    return total

class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return 0
class Square(Shape):
    def area(self):
        return self.w * self.w
class Rect(Shape):
    def area(self):
        return self.w * self.h
class Tri(Shape):
    def area(self):
        return self.w * self.h // 2
class Disc(Shape):
    def area(self):
        return self.w * self.w * 3

def dispatch(n):
    shapes = [Square(3, 3), Rect(2, 5), Tri(4, 6), Disc(2, 2)]
    total = 0
    for i in range(n):
        total += shapes[i & 3].area()
    return total

def strings(n):
    total = 0
    for i in range(n):
        total += len(str(i) + ",")
    return total

class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if self.balance < amount:
            return False
        self.balance -= amount
        return True
    def deposit(self, amount):
        self.balance += amount

class Txn:
    def __init__(self, amount):
        self.amount = amount

def mixed(n):
    accounts = [Account(100) for _ in range(100)]
    log = []
    done = 0
    for i in range(n):
        frm, to, amount = i * 7 % 100, (i * 13 + 5) % 100, i % 50
        if accounts[frm].withdraw(amount):
            accounts[to].deposit(amount)
            log.append(Txn(amount))
            done += 1
        if i & 255 == 255:
            log.clear()
    return done + sum(a.balance for a in accounts)

sys.setrecursionlimit(10000)
args = [int(a) for a in sys.argv[1:]]
for name, f, n in zip(("fib", "loops", "sieve", "calls", "trees", "dispatch", "strings", "mixed"),
                      (fib, loops, sieve, calls, trees, dispatch, strings, mixed), args):
    t = time.perf_counter()
    r = f(n)
    print(name, r, time.perf_counter() - t)
