; A doubled string exhausted the Java heap of a carrier.
; expect: error over the limit
class T
method main ()V
    oldc "x"
    ostore 1
loop:
    oload 1
    oload 1
    call string.concat (O)O
    ostore 1
    goto loop
end
