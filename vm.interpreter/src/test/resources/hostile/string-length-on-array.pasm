; A call site naming string.length on an array answered the array's size.
; expect: error call of string.length on an object of class array
class T
method main ()V
    new array
    call string.length ()I
    ipop
    ret
end
