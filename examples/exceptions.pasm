; Exceptions across frames: a throw three calls deep is caught in main; a VM error
; (division by zero) is caught too; finally an uncaught one ends the thread.
class Exceptions
method main ()V
try1:
    this
    iconst 3
    call Exceptions.deep (I)V
    goto after1
end1:
caught1:
    ostore 1
    new tty
    oldc "caught: "
    oload 1
    call string.concat (O)O
    call tty.println (O)V
after1:
try2:
    iconst 1
    iconst 0
    idiv
    ipop
    goto after2
end2:
caught2:
    ostore 1
    new tty
    oldc "caught: "
    oload 1
    call object.toString ()O
    call string.concat (O)O
    call tty.println (O)V
after2:
    new tty
    oldc "now an uncaught one"
    call tty.println (O)V
    oldc "nobody catches this"
    throw
    catch try1 end1 caught1 string
    catch try2 end2 caught2 error
end

method deep (I)V
    iload 0
    ifeq bottom
    this
    iload 0
    iconst 1
    isub
    call Exceptions.deep (I)V
    ret
bottom:
    oldc "thrown three frames down"
    throw
end
