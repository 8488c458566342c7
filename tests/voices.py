"""What the openai-engine tests share: the situation they send and how a voice's prompt is marked."""

SITUATION = (
    "The recruiter offered $150,000 base. I was hoping for $170k; my current job pays $140,000 "
    "and I won't take less than $155,000. They said it's their final offer."
)
ADVISORS = ["anchoring", "walkaway", "concession", "skeptic"]


def seat(name: str) -> str:
    """The persona marker that starts a voice's last message (a fault can match on it)."""
    return f'<seat name="{name}">'
