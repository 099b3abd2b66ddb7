package org.souk.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;

/**
 * One real SMTP server (GreenMail on a free port of 127.0.0.1) for the whole test run; the market is
 * pointed at it by IntegrationTest's dynamic property spring.mail.port.
 */
public final class TestMail {

    private static final GreenMail SERVER = start();

    private TestMail() {
    }

    private static GreenMail start() {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    /** The port the market sends mail to; asking for it starts the server. */
    public static int port() {
        return SERVER.getSmtp().getPort();
    }

    /** The messages received for an address, waiting up to 10 s for at least {@code count}. */
    public static List<Message> awaitFor(String address, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            List<Message> messages = Arrays.<Message>stream(SERVER.getReceivedMessages()).filter(m -> to(m, address)).toList();
            if (messages.size() >= count || Instant.now().isAfter(deadline)) {
                if (messages.size() < count) {
                    throw new AssertionError("expected " + count + " e-mail(s) to " + address + ", got " + messages.size());
                }
                return messages;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The last message to an address whose subject contains {@code subjectPart}. */
    public static Message await(String address, String subjectPart) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            List<Message> messages = Arrays.<Message>stream(SERVER.getReceivedMessages())
                    .filter(m -> to(m, address) && subject(m).contains(subjectPart)).toList();
            if (!messages.isEmpty()) {
                return messages.get(messages.size() - 1);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no e-mail to " + address + " with a subject containing '" + subjectPart + "'");
    }

    public static String body(Message message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    /** The first link of a message that contains {@code pathPart}. */
    public static String link(Message message, String pathPart) {
        Matcher matcher = Pattern.compile("https?://\\S+").matcher(body(message));
        while (matcher.find()) {
            if (matcher.group().contains(pathPart)) {
                return matcher.group();
            }
        }
        throw new AssertionError("no link with " + pathPart + " in: " + body(message));
    }

    public static String subject(Message message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean to(Message message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
