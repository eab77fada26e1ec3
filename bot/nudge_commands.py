"""`nudge ...` commands for safeguarding champions, and the quick questions nudges carry."""

from __future__ import annotations

from dataclasses import replace

from bot.actions import QuickAnswer, QuickQuestion, ReadMore
from bot.audit import NUDGE_CANCEL, NUDGE_PAUSE, NUDGE_RESUME, NUDGE_SCHEDULE
from bot.nudges import ACTIVE, CANCELLED, DEFAULT_TZ, PAUSED, NudgeError, Nudger, Schedule, make_schedule
from bot.quiz_replies import feedback_reply, question_reply
from bot.replies import INFO, Reply
from bot.reviews import Reviews

USAGE = (
    "nudge weekly <day> <HH:MM> [topic ...]: a weekly learning point in this channel\n"
    "nudge list | nudge pause|resume|cancel <id> | nudge preview\n"
    "nudge me weekly | nudge me stop: your own weekly review of questions you missed"
)
NOT_REACHED = "That button belongs to a nudge posted in another channel: it only counts where the nudge was sent."
NOT_ASKED = "That answer is for a quick question you were not asked: click 'Quick question' on the nudge first."
NOT_A_CHAMPION = (
    "Only safeguarding champions can schedule nudges. Ask your team's safeguarding champion, or an "
    "administrator to make you one (safeguard-bot roles grant <you> champion)."
)


def channel_of(channel: str) -> str:
    """Teams channel threads carry ';messageid=...': the channel is what comes before."""
    return channel.split(";messageid=")[0]


class NudgeCommands:
    def __init__(self, nudger: Nudger, reviews: Reviews):
        self.nudger = nudger
        self.reviews = reviews
        self.store = nudger.store

    def handle(self, user: str, channel: str, words: list[str]) -> Reply:
        if [w.lower() for w in words[:2]] == ["me", "weekly"]:
            return self.reviews.opt_in(user)
        if [w.lower() for w in words[:2]] == ["me", "stop"]:
            return self.reviews.opt_out(user)
        if "champion" not in self.store.roles().get(user, []):
            return Reply(INFO, NOT_A_CHAMPION, private=True)
        channel = channel_of(channel)
        verb, args = (words[0].lower(), words[1:]) if words else ("", [])
        try:
            text = self._run(user, channel, verb, args)
        except NudgeError as exc:
            text = f"{exc}\n{USAGE}"
        if isinstance(text, Reply):
            return replace(text, private=True)
        return Reply(INFO, text, private=True)

    def _run(self, user: str, channel: str, verb: str, args: list[str]):
        here = [s for s in self.store.schedules() if s.channel == channel and s.status != CANCELLED]
        if verb == "weekly" and len(args) >= 2:
            platform = user.split(":")[0]
            schedule = make_schedule(platform, channel, args[0], args[1], args[2:], DEFAULT_TZ, user,
                                     self.nudger.content.topics)  # fmt: skip
            self.store.save_schedule(schedule)
            self.store.record_audit(user, NUDGE_SCHEDULE, schedule.id, schedule.describe())
            return f"Scheduled {schedule.describe()}. 'nudge preview' shows the next one."
        if verb == "list":
            return "\n".join(f"{s.describe()} [{s.status}]" for s in here) or "No nudges scheduled in this channel."
        if verb in ("pause", "resume", "cancel") and len(args) == 1:
            schedule = next((s for s in here if s.id == args[0]), None)
            if schedule is None:
                raise NudgeError("No nudge with that id in this channel ('nudge list' shows them).")
            status, action = {"pause": (PAUSED, NUDGE_PAUSE), "resume": (ACTIVE, NUDGE_RESUME),
                              "cancel": (CANCELLED, NUDGE_CANCEL)}[verb]  # fmt: skip
            self.store.save_schedule(replace(schedule, status=status))
            self.store.record_audit(user, action, schedule.id)
            return f"Nudge {schedule.id} is now {status}."
        if verb == "preview":
            active = [s for s in here if s.status == ACTIVE]
            if not active:
                return "No active nudge in this channel to preview."
            return self.nudger.compose(active[0], None, self.nudger.next_point(active[0]))
        raise NudgeError("I didn't understand that nudge command.")

    def _reached(self, user: str, channel: str, schedule_id: str, week: str) -> Schedule | None:
        """The schedule, if its nudge for `week` was sent to the channel the click came from."""
        schedule = self.store.schedule(schedule_id)
        if schedule is None or (user.partition(":")[0], channel_of(channel)) != (schedule.platform, schedule.channel):
            return None
        delivery = self.store.delivery(schedule_id, week)  # "sending": posted, then the server died
        return schedule if delivery is not None and delivery["status"] in ("sending", "sent") else None

    def read_more(self, user: str, channel: str, action: ReadMore) -> None:
        """Count a "Read more" click from someone in the channel the nudge went to, once per person."""
        if self._reached(user, channel, action.schedule, action.week):
            self.store.record_nudge_event(action.schedule, action.week, "read_more", user)

    def quick_question(self, user: str, channel: str, action: QuickQuestion) -> Reply:
        """The nudge's question, privately, to someone in the channel it was sent to."""
        if self._reached(user, channel, action.schedule, action.week) is None:
            return Reply(INFO, NOT_REACHED, private=True)
        self.store.record_nudge_event(action.schedule, action.week, "asked", user)
        question = self.nudger.quizzes[action.quiz].question(action.question)
        order = list(range(len(question.options)))
        return question_reply("Quick question", question, order,
                              lambda key: QuickAnswer(action.schedule, action.week, action.quiz, action.question, key),
                              INFO, private=True)  # fmt: skip

    def quick_answer(self, user: str, action: QuickAnswer) -> Reply:
        """Feedback on a quick question; counted only for a person who was asked it, once."""
        question = self.nudger.quizzes[action.quiz].question(action.question)
        asked = self.store.has_nudge_event(action.schedule, action.week, "asked", user)
        if not asked:
            return Reply(INFO, NOT_ASKED, private=True)
        right = action.option == question.correct
        first = self.store.record_nudge_event(action.schedule, action.week, "answered", user)
        if first and right:  # a person's first answer is the one that counts
            self.store.record_nudge_event(action.schedule, action.week, "correct", user)
        return feedback_reply(question, right, self.nudger.content, INFO, private=True)
