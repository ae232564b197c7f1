; Unbounded recursion filled the space with frames; now a catchable stack overflow.
; expect: output caught: error: stack overflow
class R
method down ()V
    this
    call R.down ()V
    ret
end
method main ()V
from:
    this
    call R.down ()V
to:
    ret
handler:
    ostore 1
    new tty
    oldc "caught: "
    oload 1
    call string.concat (O)O
    call tty.println (O)V
    ret
    catch from to handler
end
