package dev.tpmfaqbot; public class Main { public static void main(String[] a){} }
