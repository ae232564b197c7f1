; frame is the VM's own class: nothing may extend it.
; expect: rejected cannot extend internal class frame
class Fake extends frame
field obj caller
method main ()V
    ret
end
