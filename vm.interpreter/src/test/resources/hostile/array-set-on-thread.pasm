; A call site naming array.set, aimed at the thread object.
; expect: error call of array.set on an object of class thread
class T
method main ()V
    thread
    iconst 0
    onull
    call array.set (IO)V
    ret
end
