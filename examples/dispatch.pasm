; Virtual dispatch over a class hierarchy: Shape.area is overridden by Square and Rect;
; Square extends Rect and reuses Rect.describe.
class Shape
field int w
field int h
method area ()I
    iconst 0
    iret
end
method describe ()O
    oldc "shape with area "
    this
    call Shape.area ()I
    box
    call string.concat (O)O
    oret
end

class Rect extends Shape
method init (II)V
    iload 0
    iputf w
    iload 1
    iputf h
    ret
end
method area ()I
    igetf w
    igetf h
    imul
    iret
end

class Square extends Rect
method area ()I
    igetf w
    igetf w
    imul
    iret
end

class Main
method main ()V
    new array
    ostore 1
    oload 1
    new Shape
    call array.add (O)V
    new Rect
    ostore 2
    oload 2
    iconst 3
    iconst 4
    call Rect.init (II)V
    oload 1
    oload 2
    call array.add (O)V
    new Square
    ostore 2
    oload 2
    iconst 5
    iconst 5
    call Rect.init (II)V
    oload 1
    oload 2
    call array.add (O)V
    iconst 0
    istore 0
loop:
    iload 0
    oload 1
    call array.size ()I
    if_icmpge done
    new tty
    oload 1
    iload 0
    call array.get (I)O
    call Shape.describe ()O
    call tty.println (O)V
    iinc 0 1
    goto loop
done:
    ret
end
