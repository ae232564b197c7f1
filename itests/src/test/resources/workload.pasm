; The crash-test workload: each thread counts, keeps a linked list whose values count down
; from the counter, and a string of the counter, and checks both all the time. A restart
; that restored a torn state would break an invariant: the thread prints BROKEN and dies.
; Every 64 nodes the list is closed into a ring and dropped: cyclic garbage that only the
; cycle collector frees; a live node freed by mistake would break the walk.
class Node
field obj next
field int value
method init (OI)V
    oload 1
    oputf next
    iload 0
    iputf value
    ret
end
method value ()I
    igetf value
    iret
end
method next ()O
    ogetf next
    oret
end
method setNext (O)V
    oload 1
    oputf next
    ret
end

class Workload
field obj list
field obj text
field int count
field int len
method main ()V
loop:
    igetf count
    iconst 1
    iadd
    iputf count
    ; push a node holding count
    new Node
    ostore 1
    oload 1
    ogetf list
    igetf count
    call Node.init (OI)V
    oload 1
    oputf list
    igetf len
    iconst 1
    iadd
    iputf len
    igetf len
    iconst 64
    if_icmplt keep
    ogetf list          ; close the list into a ring...
    ostore 1
tail:
    oload 1
    call Node.next ()O
    ostore 2
    oload 2
    ifnull close
    oload 2
    ostore 1
    goto tail
close:
    oload 1
    ogetf list
    call Node.setNext (O)V
    onull
    oputf list          ; ...and drop it: 64 nodes of cyclic garbage
    iconst 0
    iputf len
keep:
    igetf count
    callstatic string.fromInt (I)O
    oputf text
    ; invariant 1: the text says the count
    ogetf text
    call string.toInt ()I
    igetf count
    if_icmpne broken
    ; invariant 2: the list has len nodes counting down from count
    ogetf list
    ostore 1
    igetf count
    istore 0
    iconst 0
    istore 1
walk:
    oload 1
    ifnull walked
    oload 1
    call Node.value ()I
    iload 0
    if_icmpne broken
    iinc 0 -1
    iinc 1 1
    oload 1
    call Node.next ()O
    ostore 1
    goto walk
walked:
    iload 1
    igetf len
    if_icmpne broken
    ; report every 2000
    igetf count
    iconst 2000
    irem
    ifne loop
    new tty
    oldc "p "
    thread
    call thread.id ()I
    box
    call string.concat (O)O
    oldc " "
    call string.concat (O)O
    igetf count
    box
    call string.concat (O)O
    call tty.println (O)V
    goto loop
broken:
    new tty
    oldc "BROKEN at count "
    igetf count
    box
    call string.concat (O)O
    call tty.println (O)V
    oldc "invariant broken"
    throw
end
