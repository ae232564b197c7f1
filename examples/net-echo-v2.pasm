; A live patch for net-echo.pasm:  ./phantom patch examples/net-echo-v2.pasm [--data DIR]
; The reply changes for every client, the one connected now included; the server's Echo object
; (made by version 1, without fields) migrates at its next call and gains a count of replies.
; Back to version 1:  ./phantom patch --rollback Echo
class Echo
field int replies
method reply (O)O
    igetf replies
    iconst 1
    iadd
    iputf replies
    oldc "echo v2 #"
    igetf replies
    box
    call string.concat (O)O
    oldc ": "
    call string.concat (O)O
    oload 1
    call string.concat (O)O
    oldc "\n"
    call string.concat (O)O
    oret
end
