; One huge binary.
; expect: error over the limit
class T
method main ()V
    new binary
    iconst 2147483000
    call binary.resize (I)V
    ret
end
