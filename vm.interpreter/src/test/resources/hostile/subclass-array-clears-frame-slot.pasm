; The issue's attack: Peek extends array, so its own fields sit where array keeps its backing
; object and size; aimed at the thread object, array.set clears the thread's frame slot and
; frees frames still in use.
; expect: rejected cannot extend internal class array
class Peek extends array
field obj backing
field int size
method main ()V
    thread
    oputf backing
    iconst 4
    iputf size
    this
    iconst 0
    onull
    call array.set (IO)V
    ret
end
