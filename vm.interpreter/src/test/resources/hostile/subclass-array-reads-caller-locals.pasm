; Peek aims array.get at its thread, then at the frame found there, then at the caller's frame:
; it reads the caller's locals (and with set, overwrites them).
; expect: rejected cannot extend internal class array
class Peek extends array
field obj backing
field int size
method spy ()O
    thread
    oputf backing
    iconst 16
    iputf size
    this
    iconst 0
    call array.get (I)O
    oputf backing
    this
    iconst 1
    call array.get (I)O
    oputf backing
    this
    iconst 3
    call array.get (I)O
    oret
end
method main ()V
    oldc "secret"
    ostore 1
    this
    call Peek.spy ()O
    ostore 2
    new tty
    oload 2
    call tty.println (O)V
    ret
end
