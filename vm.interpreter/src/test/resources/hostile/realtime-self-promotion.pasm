; Any thread made itself real-time and starved every normal one.
; expect: error real-time priority not granted
class T
method main ()V
    thread
    iconst 1
    call thread.setPriority (I)V
spin:
    goto spin
end
