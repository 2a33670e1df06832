fn main() {
    crosscheck::run();
}
