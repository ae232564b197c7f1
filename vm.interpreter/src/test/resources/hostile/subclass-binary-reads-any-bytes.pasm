; binary keeps its bytes object in slot 0: a subclass points it at any object and reads its data.
; expect: rejected cannot extend internal class binary
class Peek extends binary
field obj bytes
field int size
method main ()V
    thread
    oputf bytes
    iconst 8
    iputf size
    this
    iconst 0
    call binary.get (I)I
    ipop
    ret
end
