package com.surveypivot.io;

import java.io.IOException;

/** An SPSS system file that breaks the format (a damaged or hostile file); the message is for the log. */
final class SavFormatException extends IOException {
    SavFormatException(String message) {
        super(message);
    }
}
