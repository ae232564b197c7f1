; Hello, world: prints one line and ends.
class Hello
method main ()V
    new tty                     ; an instance of the internal class tty
    oldc "Hello, world"
    call tty.println (O)V
    ret
end
