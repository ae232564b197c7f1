; Recursive Fibonacci: fib(25), printed. Deep enough to exercise calls and returns.
class Fib
method main ()V
    new tty
    this
    iconst 25
    call Fib.fib (I)I
    box
    call tty.println (O)V
    ret
end

method fib (I)I
    iload 0
    iconst 2
    if_icmplt small
    this
    iload 0
    iconst 1
    isub
    call Fib.fib (I)I
    this
    iload 0
    iconst 2
    isub
    call Fib.fib (I)I
    iadd
    iret
small:
    iload 0
    iret
end
