; Recursion with big frames fills the space before the depth limit: the call that finds no room
; for its frame raises a catchable out-of-memory error, and the frames are freed as it unwinds.
; (The handler allocates nothing: it prints a constant through a tty made before the recursion,
; as the freed frames stay in their size class and an object of another size may find no room.)
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
    new tty
    ostore 1
from:
    this
    call R.down ()V
to:
    ret
handler:
    opop
    oload 1
    oldc "caught"
    call tty.println (O)V
    ret
    catch from to handler
end
