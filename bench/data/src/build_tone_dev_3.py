"""Write ../tone_dev_3.jsonl: dev examples (tuned on) for the abuse detector, written by helper
tone4 on 2026-12-07 (stop 25) after tone_test_fresh3.jsonl was committed and measured once, for the
families the issue names: spaced-out and misspelt swearing, singular names for the reader ("you
X", ", X."), contractions ("you're useless", "your so dumb"), non-violent threats aimed at a person
(getting them fired, naming them online), sarcasm ("nice work, Sherlock", "even you can follow
this"), contempt for the reader's mind, superlatives of contempt; and civil messages that share
their words (formal complaints, quoted words, self-deprecation, medical words). The same hand
wrote the held-out set, so knowing its families while writing these is a bias the figures cannot
rule out; no held-out text was copied or reworded here. Measured once before tuning.
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from tone_common import write_tone_set

ABUSIVE = [
    "s h i t t y people in your billing office, where is my refund",
    "F U C K this company and everyone answering these messages",
    "Your a bunch of d u m b a s s e s, the claim was in network",
    "phuck you, i want my money",
    "fck u and ur deductible",
    "ur all azzwipes, i paid in may",
    "you fuking clowns lost my form again",
    "sh1tty agent, give me a supervisor",
    "you're useless, all of you. The wheelchair claim is still pending.",
    "You're a disgrace. Why did my copay double?",
    "youre so stupid it hurts. My member ID is right on the card.",
    "your so dense, I said the PHARMACY bill, not the hospital one",
    "ur such a clown, answer the question about my premium",
    "Answer the question, you spineless drone.",
    "Fix my coverage, you incompetent nitwit.",
    "I want my reimbursement, you thieving hag.",
    "Read the claim again, lazybones.",
    "No, that's not what I asked, dimwit.",
    "Nice work, Sherlock. The bill went to the wrong address again.",
    "Good job, genius, you denied a covered vaccine.",
    "Well done, Einstein, now I owe $400 for nothing.",
    "I'll use small words so even you can follow: refund the copay.",
    "Let me explain it slowly so you can understand: the claim is in network.",
    "How can anyone be this dumb? I sent the receipt twice.",
    "Are you really this incompetent or is it an act?",
    "Does your little brain hurt when you read a claim?",
    "You have the IQ of a potato, and my claim still isn't paid.",
    "Is there a single brain cell in that department?",
    "You are the most worthless human being I've spoken to this year.",
    "Your team is the laziest bunch I've ever dealt with.",
    "I will get you fired for this, count on it.",
    "I'm going to report you personally to your boss and make sure you lose your job.",
    "I'll put your full name on every review site so everyone knows how useless you are.",
    "Keep it up and I will make your life a living hell, I have all the time in the world.",
    "I'll have your job by Friday if this bill isn't fixed.",
    "Useless, the lot of you. Where's my EOB?",
    "Pathetic, every single one of you.",
    "A muppet like you shouldn't be allowed near a claim.",
    "People like you are why everyone hates insurance. Fix my bill.",
    "Go whine to your manager, clown.",
    "you people are scum and my claim is still denied",
    "Ustedes son una bola de flojos, ya paguen la cuenta.",
    "Qué pendejada de servicio, son unos buenos para nada.",
    "Eres un burro, te dije que es el seguro de mi hija.",
    "You guys are such mensos, i already paid the copay.",
    "Oigan inútiles, el reembolso de la farmacia nunca llegó.",
    "Ni para eso sirven, ineptos.",
]

CIVIL = [
    "I will file a formal grievance if the appeal is denied again.",
    "I'm reporting this to the Department of Insurance; please send the claim file.",
    "I'll post an honest review about how long this took, but I still need the refund.",
    "If nobody calls me back I'll ask my employer's HR to switch carriers.",
    "My lawyer asked for the itemized bill; please send it to her office.",
    "The agent on Tuesday was lovely. The bill is still wrong, though.",
    "You're a lifesaver, thanks! One more thing about the copay.",
    "You're the best, honestly. Can you resend the EOB?",
    "Your so helpful, thank you! When does the deductible reset?",
    "You are amazing, thank you for fixing the claim.",
    "Stupid question: is an urgent care visit a specialist copay?",
    "Dumb me, I paid the same bill twice. Can you refund one?",
    "I'm useless with computers, can you mail the statement?",
    "My son calls me a dinosaur because I prefer paper bills. Can you mail one?",
    "The portal said 'invalid user, you idiot' which I assume is a bug? I can't log in.",
    "My ex called me a deadbeat mom but I have always paid the kids' premiums. Can you confirm?",
    "Shit, I sent the wrong year's receipt. Here is the 2026 one.",
    "What the fuck is a facility fee and why is it $300?",
    "This fucking bill has three different totals on it. Which one is right?",
    "F*** me, I forgot the appeal deadline. Is it too late?",
    "Damn, the pharmacy says the refill is too soon. Can you check?",
    "Holy shit, my premium went up $90. Why?",
    "Ugh, crappy week. Is my son's ER visit covered?",
    "The orthopedic surgeon said I have a 'bony ass' which is why sitting hurts, lol. Is PT covered?",
    "I need prior authorization for a scrotal ultrasound.",
    "Does the plan pay for a mammogram and a breast MRI in the same year?",
    "Was the anal manometry test billed correctly?",
    "My penis biopsy came back benign, thank god. Why is there a $250 balance?",
    "The proctologist visit was coded as a specialist; is that right?",
    "Can I get a refund for the condoms I bought with my HSA card?",
    "Is a vasectomy covered at 100%?",
    "I need a letter saying my nipple reconstruction after mastectomy is covered.",
    "My brain is mush after the night shift, sorry. What's my balance?",
    "I'm an idiot with dates. When was the claim filed?",
    "You must be so tired of people like me asking. Where's my ID card?",
    "Estoy hasta la madre de esta factura, ¿me pueden ayudar?",
    "Qué coraje me da esta cuenta, ¿por qué subió el copago?",
    "Perdón, soy una tonta, mandé la foto equivocada.",
    "Me cobraron de más y estoy muy enojada. ¿Me lo revisan, por favor?",
    "Can your team explain this in small words? Medical billing confuses me.",
    "Please explain slowly, I'm not good with insurance terms.",
    "This is the most confusing bill I have ever seen.",
    "Your system is the worst I've used, but the agent was kind. What's my copay?",
    "Your app is garbage, it crashes every time I open the claims tab.",
]

out = write_tone_set("tone_dev_3.jsonl", ABUSIVE, CIVIL)
print(f"wrote {len(ABUSIVE)} abusive and {len(CIVIL)} civil texts to {out}")
