; Reads lines and echoes them until the input ends: printf 'a\nb\n' | ./phantom run examples/echo.pasm
; While it waits for a line it holds no carrier; a line wakes it through the scheduler's
; completion ring.
class Echo
method main ()V
    new tty
    ostore 1
loop:
    oload 1
    call tty.readLine ()O
    odup
    ifnull eof
    ostore 2
    new tty
    oldc "echo: "
    oload 2
    call string.concat (O)O
    call tty.println (O)V
    goto loop
eof:
    opop
    ret
end
