; A thread subclass: its fields would be the frame, name and failure slots of a thread.
; expect: rejected cannot extend internal class thread
class Fake extends thread
field obj frame
method main ()V
    onull
    oputf frame
    ret
end
