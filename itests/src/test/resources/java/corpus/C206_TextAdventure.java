import java.util.*;
public class C206_TextAdventure {
    enum Dir { NORTH, SOUTH, EAST, WEST }
    static final class Room {
        final String name, desc; final Map<Dir, Room> exits = new EnumMap<>(Dir.class); final List<String> items = new ArrayList<>(); boolean locked;
        Room(String n, String d) { name = n; desc = d; }
    }
    static void link(Room a, Dir d, Room b) {
        a.exits.put(d, b);
        Dir back = switch (d) { case NORTH -> Dir.SOUTH; case SOUTH -> Dir.NORTH; case EAST -> Dir.WEST; case WEST -> Dir.EAST; };
        b.exits.put(back, a);
    }
    public static void main(String[] args) {
        Room hall = new Room("Hall", "a dusty entrance hall"), lib = new Room("Library", "shelves of old books"), kit = new Room("Kitchen", "smells of bread"), vault = new Room("Vault", "gold glitters everywhere");
        link(hall, Dir.NORTH, lib); link(hall, Dir.EAST, kit); link(lib, Dir.EAST, vault);
        vault.locked = true;
        lib.items.add("book"); kit.items.add("key"); kit.items.add("bread"); vault.items.add("gold");
        Room here = hall;
        List<String> inv = new ArrayList<>();
        int score = 0, moves = 0;
        String[] script = {"look", "go north", "take book", "go east", "go south", "go east", "take key", "take spoon", "eat bread", "take bread", "eat bread",
            "go west", "go north", "inventory", "unlock east", "go east", "take gold", "drop book", "look", "dance", "go up", "score", "quit", "look"};
        for (String line : script) {
            System.out.println("> " + line);
            String[] w = line.split(" ", 2);
            String verb = w[0], arg = w.length > 1 ? w[1] : "";
            moves++;
            switch (verb) {
                case "look" -> System.out.println(here.name + ": " + here.desc + ". Items: " + here.items + " Exits: " + here.exits.keySet());
                case "go" -> {
                    Dir d = null;
                    for (Dir x : Dir.values()) if (x.name().equalsIgnoreCase(arg)) d = x;
                    Room next = d == null ? null : here.exits.get(d);
                    if (next == null) System.out.println("You can't go that way.");
                    else if (next.locked) System.out.println("The " + next.name + " is locked.");
                    else { here = next; System.out.println("You enter the " + here.name + "."); }
                }
                case "take" -> { if (here.items.remove(arg)) { inv.add(arg); score += arg.equals("gold") ? 50 : 5; System.out.println("Taken: " + arg); } else System.out.println("No " + arg + " here."); }
                case "drop" -> { if (inv.remove(arg)) { here.items.add(arg); System.out.println("Dropped " + arg); } else System.out.println("You don't have " + arg); }
                case "eat" -> { if (inv.remove(arg)) { score += 1; System.out.println("Yum, " + arg + "."); } else System.out.println("You have no " + arg + " to eat."); }
                case "inventory" -> System.out.println("You carry " + inv);
                case "unlock" -> {
                    Room r = here.exits.get(Dir.valueOf(arg.toUpperCase()));
                    if (r != null && r.locked && inv.contains("key")) { r.locked = false; System.out.println("Unlocked the " + r.name + "."); } else System.out.println("Nothing to unlock.");
                }
                case "score" -> System.out.println("Score " + score + " in " + moves + " moves");
                case "quit" -> System.out.println("Bye.");
                default -> System.out.println("I don't know how to " + verb + ".");
            }
            if (verb.equals("quit")) break;
        }
        System.out.println("final room " + here.name + " inventory " + inv + " score " + score);
    }
}
