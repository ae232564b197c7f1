; The same failure is a VM error the program catches.
; expect: output caught: error: callstatic of instance method Victim.peek
class Victim
field obj secret
method peek ()O
    ogetf secret
    oret
end
method main ()V
from:
    callstatic Victim.peek ()O
    opop
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
