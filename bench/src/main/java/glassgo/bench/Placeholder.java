package glassgo.bench;
final class Placeholder {}
