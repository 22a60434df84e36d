/** The floor of any Java command-line tool for bench/run: start a JVM, print "hello", exit. */
public final class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
