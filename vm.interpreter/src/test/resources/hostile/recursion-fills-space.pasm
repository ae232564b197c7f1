; Recursion with big frames fills the space before the depth limit: the call that finds no room
; for its frame raises a catchable out-of-memory error, and the frames are freed as it unwinds.
; (The handler prints a constant: the freed frames stay in their size class, so a string of
; another size may still find no room.)
; expect: output caught
class R
method down ()V
    oload 255
    opop
    iload 255
    ipop
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
    oldc "caught"
    call tty.println (O)V
    ret
    catch from to handler
end
