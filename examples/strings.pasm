; String building: joins the numbers 1..10 with commas, then inspects the result.
class Strings
method main ()V
    oldc ""
    ostore 1                ; s
    iconst 1
    istore 0                ; i
loop:
    iload 0
    iconst 10
    if_icmpgt done
    oload 1
    iload 0
    box
    call string.concat (O)O
    ostore 1
    iload 0
    iconst 10
    if_icmpeq skip
    oload 1
    oldc ","
    call string.concat (O)O
    ostore 1
skip:
    iinc 0 1
    goto loop
done:
    new tty
    oload 1
    call tty.println (O)V
    new tty
    oldc "length "
    oload 1
    call string.length ()I
    box
    call string.concat (O)O
    call tty.println (O)V
    new tty
    oload 1
    iconst 2
    iconst 7
    call string.substring (II)O
    call tty.println (O)V
    new tty
    oldc "indexOf 10: "
    oload 1
    oldc "10"
    call string.indexOf (O)I
    box
    call string.concat (O)O
    call tty.println (O)V
    ret
end
