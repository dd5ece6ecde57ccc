"""The copy in the therapist's Sent folder: filed once, and filed later if IMAP was away."""

from __future__ import annotations

from tests.rig.practice import Practice, mail


def sent_folder(practice: Practice) -> list[bytes]:
    client = practice.imap.connect()
    try:
        if not client.folder_exists("Sent"):
            return []
        client.select_folder("Sent", readonly=True)
        uids = client.search("ALL")
        return [d[b"BODY[]"] for d in client.fetch(uids, ["BODY.PEEK[]"]).values()]
    finally:
        client.logout()


def test_a_copy_that_could_not_be_filed_is_filed_on_a_later_pass(practice: Practice) -> None:
    practice.config = practice.config.model_copy(
        update={"mail": practice.config.mail.model_copy(update={"sent_folder": "Sent"})}
    )
    practice.imap.append(mail("Could we talk?"))
    practice.once()  # no Sent folder yet: the offer goes out, its copy waits
    assert len(practice.sent()) == 1
    assert sent_folder(practice) == []
    client = practice.imap.connect()
    client.create_folder("Sent")
    client.logout()
    practice.once()
    practice.once()
    [copy] = sent_folder(practice)
    assert str(practice.sent()[0]["Message-ID"]).encode() in copy
    assert len(practice.sent()) == 1  # filed, not sent again
