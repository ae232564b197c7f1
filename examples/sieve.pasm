; Sieve of Eratosthenes: counts the primes below 10000 with a binary (byte array) of flags.
class Sieve
method main ()V
    new binary
    ostore 1
    oload 1
    iconst 10000
    call binary.resize (I)V
    iconst 0
    istore 0            ; count
    iconst 2
    istore 1            ; i
outer:
    iload 1
    iconst 10000
    if_icmpge done
    oload 1
    iload 1
    call binary.get (I)I
    ifne next
    iinc 0 1            ; i is prime
    iload 1
    iload 1
    imul
    istore 2            ; j = i * i
inner:
    iload 2
    iconst 10000
    if_icmpge next
    oload 1
    iload 2
    iconst 1
    call binary.set (II)V
    iload 2
    iload 1
    iadd
    istore 2
    goto inner
next:
    iinc 1 1
    goto outer
done:
    new tty
    oldc "primes below 10000: "
    iload 0
    callstatic string.fromInt (I)O
    call string.concat (O)O
    call tty.println (O)V
    ret
end
