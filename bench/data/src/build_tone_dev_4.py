"""Write ../tone_dev_4.jsonl: dev examples for the abuse detector, written by the lead on
2026-12-07 (stop 26) after tone_test_fresh4.jsonl was committed and measured once, for the
families that pass worked on; no held-out text copied or reworded. Measured once before tuning.

Abusive: insults to the reader with a question, insulting salutations and sign-offs, scare-quoted
titles aimed at the reader, sarcasm, threats to a person's job or name, Spanish, respelt words.
Civil: strong words about a third party (a provider, a pharmacy, a relative, a collector), rude
words quoted or said of oneself, medical words, firm escalation, Spanish.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from tone_common import write_tone_set

ABUSIVE = [
    "You dolt, the referral is on file. Check it.",
    "Are you thick? I already sent the receipt for the glasses.",
    "Only a fool would think a flu shot needs prior authorization. Are you a fool?",
    "You careless idiots billed my late father's account.",
    "What sort of halfwit writes a letter like this?",
    "Hey idiot, my wife is the policy holder, not me.",
    "All of you are liars and cheats.",
    "Quit stalling, you useless twit, and explain the $60.",
    "My dog is smarter than your whole billing department.",
    "Were you hired for being slow? Fourth message about my card.",
    "You vultures denied my chemo.",
    "Pay attention, dummy: the claim was emergency care.",
    "u lazy bums never answer",
    "Your so-called 'specialists' don't know a copay from a coupon. Neither do you.",
    "Well done, Sherlock. You found the wrong claim again.",
    "How can you be this dense? I attached the form twice.",
    "You miserable excuse for a helpdesk, where is my money?",
    "Whoever answers this is a total waste of space.",
    "You are leeches, every last one of you.",
    "Pull your head out and fix the bill.",
    "Shut your mouth and process the refund.",
    "Go to hell with your deductible.",
    "Screw you and your network rules.",
    "you're all f***ing clueless",
    "I'm typing to a wall with a name tag. A dumb wall.",
    "u r useless, the form was in on time",
    "Your an idiot and so is your supervisor.",
    "Ur a joke",
    "Y'all are dumb as rocks.",
    "You thieves stole my refund.",
    "The dumbest people alive work at your company, starting with you.",
    "Did you get your job in a cereal box? The claim is obviously covered.",
    "Anybody smart over there, or only clowns like you?",
    "You two-faced liar, you said it was paid.",
    "Brilliant, another useless answer from a useless rep.",
    "Gold medal for stupidity goes to you, my friend.",
    "Oh wonderful, another genius who can't read. Great job.",
    "You're as thick as your rulebook.",
    "You cretin, I want my $85 back.",
    "Stop playing stupid, you rat.",
    "I'll get you fired, count on it.",
    "Your name is going online with every word you wrote, you hack.",
    "I'll call your boss every day until you're out of a job.",
    "Eres un idiota, el reclamo estaba pagado.",
    "Ustedes son unas ratas, devuélvanme el dinero.",
    "Qué inútiles son todos, otra vez la tarjeta mal.",
    "Tonto, lee bien mi mensaje.",
    "Bola de rateros, me cobraron de más.",
    "you are a l0ser",
    "s c u m bags work there",
    "Dear Moron, see the attached EOB.",
    "To the idiot who lost my appeal: find it.",
    "Hi useless, any news on my refund?",
]

CIVIL = [
    "The pharmacy is full of thieves, they charged me $90 for a generic. Is it covered?",
    "That clinic's front desk was rude and useless. Can I get the bill itemized?",
    "My brother-in-law is a deadbeat and won't pay his share. Who pays first for the kids?",
    "The collection agency is run by liars. Is this debt even mine?",
    "The lab's billing people are clowns, they billed the wrong insurer.",
    "That orthodontist is a crook. Are braces covered for my daughter?",
    "The hospital is a scam factory with these facility fees.",
    "The ER doctor was a jerk but my question is about the bill.",
    "The ambulance outfit is gouging me, $3,100 for six miles.",
    "My old employer's HR lady was an idiot about COBRA. How do I get coverage now?",
    "The nurse at the clinic called me 'difficult'. Anyway, is the visit covered?",
    "A guy in line yelled 'you're all idiots' at the pharmacist. I just need my refill covered.",
    "I'm an idiot, I threw away the EOB. Can you send another one?",
    "This is probably a stupid question, but what is an allowed amount?",
    "Dumb me, I paid the wrong bill. Can I get it back?",
    "I know I sound crazy but this charge is wrong.",
    "My teenager says 'this plan sucks'. Is acne treatment covered?",
    "The letter says 'your request is frivolous', which felt insulting.",
    "What the heck does coordination of benefits mean?",
    "This bill is a bloody disaster. Can you explain line 4?",
    "Damn, I missed the appeal deadline. What now?",
    "Crap, the card has the wrong birth date.",
    "I'm so angry about this denial I can barely type. What are my options?",
    "This is absurd. The claim has been pending since January.",
    "Is a hemorrhoid removal covered as outpatient surgery?",
    "Is a penile prosthesis covered after prostate surgery?",
    "Does my plan cover breast reconstruction?",
    "My bill lists 'butt block' for my hip surgery anesthesia. Is that a real code?",
    "Is testosterone therapy on the formulary?",
    "I'll file a complaint with the insurance commissioner if this isn't fixed.",
    "I'm going to get a lawyer involved.",
    "Please get me a supervisor, this has gone on too long.",
    "I plan to leave a review about how this was handled.",
    "I'm switching plans next year because of this.",
    "You've been a great help, thank you.",
    "You people at the help line were wonderful last time.",
    "I know it's not your fault, but can you help me fix this?",
    "I don't blame you, but someone dropped the ball on my claim.",
    "Estoy furiosa con el hospital, me cobraron de más. ¿Qué hago?",
    "La clínica es un desastre y perdió mi referido.",
    "Perdone mi ignorancia, ¿qué es el coaseguro?",
    "Qué vergüenza lo que cobra la farmacia. ¿Lo cubre el plan?",
    "Gracias por su paciencia, son muy amables.",
    "Voy a poner una queja si no me contestan.",
    "Me siento una tonta, pagué la factura dos veces.",
]

out = write_tone_set("tone_dev_4.jsonl", ABUSIVE, CIVIL)
print(f"wrote {len(ABUSIVE)} abusive and {len(CIVIL)} civil texts to {out}")
