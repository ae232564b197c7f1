; A TCP echo server on port 7777:  ./phantom run examples/net-echo.pasm   then   nc localhost 7777
; Every line a client sends comes back as "echo: LINE". One client at a time: when it hangs
; up, the next is served. While it waits in accept or readLine it holds no carrier (the
; network driver wakes it through the scheduler's completion ring), and it keeps waiting
; across a restart: kill -9 the system, start it again on the same data directory, and the
; port is open again and the server answers. A client connected at the crash was cut off
; (connections die with the process): the server catches "connection lost at restart" and
; accepts the next one.
;
; Replies come from an Echo object, so the reply can be changed while the server runs and a
; client stays connected:  ./phantom patch examples/net-echo-v2.pasm  (the next line the client
; sends is answered by the new code; main itself never returns, so it stays in its own version).
class Echo
method reply (O)O
    oldc "echo: "
    oload 1
    call string.concat (O)O
    oldc "\n"
    call string.concat (O)O
    oret
end
class NetEcho
method main ()V
    new socket
    ostore 1
    oload 1
    iconst 7777
    call socket.listen (I)V
    new Echo
    ostore 4
    new tty
    oldc "echo server listening on port "
    oload 1
    call socket.port ()I
    box
    call string.concat (O)O
    call tty.println (O)V
accept:
    oload 1
    call socket.accept ()O
    ostore 2
    new tty
    oldc "client "
    oload 2
    call socket.peerHost ()O
    call string.concat (O)O
    oldc ":"
    call string.concat (O)O
    oload 2
    call socket.peerPort ()I
    box
    call string.concat (O)O
    call tty.println (O)V
lines:
    oload 2
    call socket.readLine ()O
    odup
    ifnull hungUp
    ostore 3
    oload 2
    oload 4
    oload 3
    call Echo.reply (O)O
    call socket.write (O)V
    goto lines
linesEnd:
hungUp:
    opop
    oload 2
    call socket.close ()V
    new tty
    oldc "client gone"
    call tty.println (O)V
    goto accept
failed:
    ostore 3
    oload 2
    call socket.close ()V
    new tty
    oldc "client lost: "
    oload 3
    call object.toString ()O
    call string.concat (O)O
    call tty.println (O)V
    goto accept
    catch lines linesEnd failed error
end
