; An array that grows without end.
; expect: error array is at its limit
class T
method main ()V
    new array
    ostore 1
loop:
    oload 1
    onull
    call array.add (O)V
    goto loop
end
