; Counts forever, one line a second, keeping the count in a field of its object.
; Start it in a running system (vm:run examples/counter.pasm), stop the system, start it
; again: the count goes on from where it was.
class Counter
field int count
method main ()V
loop:
    new tty
    oldc "count "
    igetf count
    box
    call string.concat (O)O
    call tty.println (O)V
    igetf count
    iconst 1
    iadd
    iputf count
    new time
    iconst 1000
    call time.sleep (I)V
    goto loop
end
