; Binaries kept in an array until the space is full: a catchable out-of-memory error.
; expect: output caught: error: binary.resize: out of memory: object space full
class T
method main ()V
    new array
    ostore 1
from:
    new binary
    ostore 2
    oload 2
    iconst 1000000
    call binary.resize (I)V
    oload 1
    oload 2
    call array.add (O)V
    goto from
to:
    ret
handler:
    ostore 3
    onull
    ostore 1
    onull
    ostore 2
    new tty
    oldc "caught: "
    oload 3
    call string.concat (O)O
    call tty.println (O)V
    ret
    catch from to handler
end
