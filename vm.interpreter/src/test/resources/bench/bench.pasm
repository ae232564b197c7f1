; The benchmark programs: the same algorithms as JavaAlgos.java and algos.py.
class Bench
method fib (I)I
    iload 0
    iconst 2
    if_icmplt small
    this
    iload 0
    iconst 1
    isub
    call Bench.fib (I)I
    this
    iload 0
    iconst 2
    isub
    call Bench.fib (I)I
    iadd
    iret
small:
    iload 0
    iret
end

; sum of (i xor j) over i, j below n
method loops (I)J
    lconst 0
    lstore 3
    iconst 0
    istore 1
outer:
    iload 1
    iload 0
    if_icmpge done
    iconst 0
    istore 2
inner:
    iload 2
    iload 0
    if_icmpge next
    lload 3
    iload 1
    iload 2
    ixor
    i2l
    ladd
    lstore 3
    iinc 2 1
    goto inner
next:
    iinc 1 1
    goto outer
done:
    lload 3
    iret
end

; primes below n, flags in a binary
method sieve (I)I
    new binary
    ostore 1
    oload 1
    iload 0
    call binary.resize (I)V
    iconst 0
    istore 1
    iconst 2
    istore 2
outer:
    iload 2
    iload 0
    if_icmpge done
    oload 1
    iload 2
    call binary.get (I)I
    ifne next
    iinc 1 1
    iload 2
    iconst 46340        ; i * i would not fit an int: no multiples left to mark
    if_icmpgt next
    iload 2
    iload 2
    imul
    istore 3
inner:
    iload 3
    iload 0
    if_icmpge next
    oload 1
    iload 3
    iconst 1
    call binary.set (II)V
    iload 3
    iload 2
    iadd
    istore 3
    goto inner
next:
    iinc 2 1
    goto outer
done:
    iload 1
    iret
end

method main ()V
    ret
end
