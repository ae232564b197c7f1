; Objects only the VM makes cannot be made empty with new.
; expect: error class frame cannot be made with new
class T
method main ()V
    new frame
    opop
    ret
end
