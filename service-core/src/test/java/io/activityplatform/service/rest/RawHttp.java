package io.activityplatform.service.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 request written byte for byte on a socket: HTTP clients (RestAssured, the JDK's) refuse to send
 * control characters in header values, but a careless or hostile caller can, so tests of header checking need
 * this. Header text is written as ISO-8859-1, what HTTP/1.1 servers decode it as.
 */
public final class RawHttp {

    /** The answer's status and everything after the status line (headers and body), as text. */
    public record Answer(int status, String text) {
    }

    private static final int MAX_ANSWER_BYTES = 64 * 1024;
    private static final int TIMEOUT_MILLIS = 15_000;

    private RawHttp() {
    }

    /** Sends {@code method target} with an empty JSON body, a bearer token and one extra header as given. */
    public static Answer send(String host, int port, String method, String target, String token, String header,
            String value) throws IOException {
        String request = method + " " + target + " HTTP/1.1\r\n"
                + "Host: " + host + ":" + port + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Accept: application/json, application/problem+json\r\n"
                + header + ": " + value + "\r\n"
                + "Content-Length: 2\r\n"
                + "Connection: close\r\n\r\n{}";
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answer = read(socket.getInputStream());
            int space = answer.indexOf(' ');
            if (!answer.startsWith("HTTP/1.1 ") || space < 0 || answer.length() < space + 4) {
                return new Answer(-1, answer);
            }
            return new Answer(Integer.parseInt(answer.substring(space + 1, space + 4)), answer.substring(space + 4));
        }
    }

    /** Up to the end of the stream, or what came before a timeout or the cap (an answer that never ends). */
    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n = in.read(buffer); n >= 0 && answer.size() < MAX_ANSWER_BYTES; n = in.read(buffer)) {
                answer.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            // keep what arrived: a streaming answer that was not refused shows its status line
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
