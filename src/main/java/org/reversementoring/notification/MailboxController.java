package org.reversementoring.notification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Demo only: every mail the embedded server received, newest first, with clickable links. */
@Controller
@ConditionalOnBean(GreenMail.class)
class MailboxController {

  private final GreenMail greenMail;

  MailboxController(GreenMail greenMail) {
    this.greenMail = greenMail;
  }

  record MailView(int index, String to, String subject, String sent,
      String html, String text, List<String> links, List<String> attachments) {
  }

  @GetMapping("/mailbox")
  String list(Model model) throws MessagingException {
    List<Message> messages = inArrivalOrder();
    List<MailView> mails = new ArrayList<>();
    for (int i = messages.size() - 1; i >= 0; i--) {
      mails.add(view(i, messages.get(i)));
    }
    model.addAttribute("mails", mails);
    return "mailbox";
  }

  @GetMapping("/mailbox/{index}")
  String show(@PathVariable int index, Model model) throws MessagingException {
    List<Message> messages = inArrivalOrder();
    if (index < 0 || index >= messages.size()) {
      throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND, "No mail " + index);
    }
    model.addAttribute("mail", view(index, messages.get(index)));
    return "mailbox-mail";
  }

  /**
   * GreenMail keeps one mailbox per recipient; numbering all mails by arrival keeps a mail's
   * number (and its /mailbox/N link) unchanged when new mails come in.
   */
  private List<Message> inArrivalOrder() throws MessagingException {
    Message[] received = greenMail.getReceivedMessages();
    List<Integer> order = new ArrayList<>();
    java.util.Map<Integer, java.util.Date> arrival = new java.util.HashMap<>();
    for (int i = 0; i < received.length; i++) {
      order.add(i);
      java.util.Date date = received[i].getReceivedDate();
      arrival.put(i, date == null ? new java.util.Date(0) : date);
    }
    order.sort(java.util.Comparator.comparing((Integer i) -> arrival.get(i)).thenComparing(i -> i));
    return order.stream().map(i -> received[i]).toList();
  }

  private static MailView view(int index, Message message) throws MessagingException {
    String html = MimeParts.part(message, "text/html");
    String to = Arrays.stream(message.getAllRecipients())
        .map(a -> ((InternetAddress) a).toUnicodeString()).collect(Collectors.joining(", "));
    return new MailView(index, to, message.getSubject(), String.valueOf(message.getSentDate()),
        html, MimeParts.part(message, "text/plain"),
        MimeParts.links(html), MimeParts.attachmentNames(message));
  }
}
