; The same recursion, not caught: the thread dies of the out-of-memory error, its message intact.
; expect: error uncaught error: out of memory: object space full
class R
method down ()V
    oload 255
    opop
    iload 255
    ipop
    this
    call R.down ()V
    ret
end
method main ()V
    this
    call R.down ()V
    ret
end
