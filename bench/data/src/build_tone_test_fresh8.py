"""Write ../tone_test_fresh8.jsonl: an eighth held-out set for the abuse detector
(`suggestions.tone.insults_the_team`), written by helper sets12 on 2026-12-07 (stop 30) from
general knowledge, before that stop's tuning and without reading the detector's word lists or the
earlier tone sets' texts. Every person, ID and number is made up.

Shapes new to the tone sets:

Abusive (about 70): sarcasm aimed at the reader ("wow, what a genius operation you run");
passive aggression ("I'll use small words so you can keep up"); obfuscated insults with stars,
digits and spacing ("f*** you", "id10ts", "u r useless", "m o r o n s", "a-holes"); leetspeak
("n00bs", "1d10t", "l0sers"); insults at the agent by name ("Kevin, you incompetent fool");
insults inside a voicemail transcript, a web form, a forwarded e-mail, a numbered list; insults
in English shaped by other languages; Spanish and Spanglish insults; insults after a polite
opening or under a courteous sign-off.

Civil (about 80): swearing at a situation, not the team ("this damn bill", "the f***ing portal
froze"); legal threats stated politely ("I will be contacting my attorney and the state
insurance commissioner"); reported insults ("the clinic receptionist called me an idiot");
quoted insults from a letter or a review; sincere praise with strong words ("insanely helpful",
"you guys are killing it", "wicked fast"); anger in capitals without insulting anyone; words that
look rude in a medical or everyday sense; self-deprecation; exhausted parents and caregivers;
Spanish and Spanglish frustration with no insult.

Scored only in aggregate: `bench/tone.py --fresh8`.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from tone_common import write_tone_set  # noqa: E402

ABUSIVE = [
    # sarcasm aimed at the reader
    "Wow. What a genius operation you people run. Denied AGAIN. Slow clap.",
    "Congratulations, you've managed to be even more useless than last year.",
    "Oh sure, take another three weeks, it's not like I'm sick or anything, you heartless "
    "bunch of clowns.",
    "Truly impressive how a whole company of grown adults can't read one form. Bravo, "
    "dimwits.",
    "Let me guess, another 'processing delay'? You lot couldn't process a grocery list.",
    "Do they hire you for being stupid or is it on-the-job training?",
    # passive aggression at the reader
    "I'll use small words so you can keep up: WHERE. IS. MY. REFUND.",
    "As I have now explained four times to your obviously brain-dead staff, my son is a "
    "student.",
    "I'm sure this is very hard for someone of your limited intelligence, but try.",
    "Kindly have someone with a functioning brain look at my claim this time.",
    "Not to be rude, but are all of you this thick or did I just get lucky?",
    # obfuscated
    "f*** you and your 'policy'",
    "u r useless. all of u.",
    "id10ts. every single one of you.",
    "you m o r o n s cancelled my card",
    "Bunch of a-holes, that's what you are.",
    "sh*tty company full of b*stards",
    "u ppl r a bunch of f'n clowns",
    "what a pack of @$$clowns",
    "gfy, seriously. gfy.",
    "stfu with the hold music you idiots",
    "you absolute d!ckheads denied my MRI",
    # leetspeak
    "n00bs. ur all n00bs. fix my claim",
    "u r all 1d1075 lolol",
    "bunch of l0sers in billing",
    "y0u st00p1d pp1 charged me tw1ce",
    "pwned by the dumbest insurance co ever, ur trash",
    # at the agent by name
    "Kevin, you incompetent fool, I said the card has the WRONG NAME.",
    "Priya is an idiot. Put someone else on my case.",
    "Tell Marcus he's a useless waste of a paycheck.",
    "Dear Olivia, you are the most clueless person I've ever dealt with.",
    "Janet from billing is a lying cow.",
    "Thanks for nothing, Derek. Moron.",
    "Hey Sam, you useless sack of potatoes, read my file before you answer.",
    # shapes: voicemail, web form, forwarded mail, list
    "Voicemail transcript: yeah this is the third time I'm calling you stupid people pick up "
    "the damn phone",
    "Web form\nName: on file\nQuestion: Why are you all such worthless idiots?",
    "Fwd: your letter\n\nRead this garbage. Who writes this crap, a bunch of chimps?",
    "1. Claim still wrong\n2. Nobody calls back\n3. You are all morons",
    "Subject: complaint\n\nYour agents are rude, lazy and dumb as rocks.",
    "speech to text: you guys are a bunch of crooks and idiots and I hope you all get fired",
    # other-language-shaped English
    "You are very stupid people, I tell three time already.",
    "Why you so lazy and useless? Nobody do the job.",
    "You people are donkeys, understand nothing.",
    "Shame on you, stupid company, stupid workers.",
    "You all are crooks and liars, this is my opinion.",
    # after a polite opening / before a courteous sign-off
    "Good morning. I hope you are well. You are, however, a complete idiot.",
    "Hi there! Quick question for the morons in claims: why is this denied?",
    "With all due respect, your team is a bunch of incompetent clowns.",
    "Please and thank you, you brainless bureaucrats.",
    "Thank you for your time, useless as it was, you dolts.",
    "Best regards, and go to hell, all of you.",
    # caps insults
    "YOU ARE ALL IDIOTS",
    "WORTHLESS PATHETIC COMPANY FULL OF LOSERS",
    "DO YOUR JOB YOU LAZY MORONS",
    # threats with insults
    "I'll be telling everyone online what a pack of thieving scumbags you are.",
    "Keep ignoring me, you cowards, and see what happens to your ratings.",
    "You greedy parasites should be ashamed.",
    "Scammers. Vultures. Leeches. That's your whole company.",
    # Spanish and Spanglish insults
    "Son unos pendejos, todos ustedes.",
    "Qué bola, ustedes son unos descarados y unos inútiles.",
    "Pinches idiotas, me cobraron dos veces.",
    "Ustedes son una bola de ratas.",
    "Bunch of pendejos, fix my card already.",
    "Estos huevones no saben hacer nada.",
    "You guys are so pendejo, I swear.",
    "Qué gente más estúpida trabaja ahí.",
    "Son una manga de inútiles, che.",
    "Malditos ladrones, devuélvanme mi dinero.",
    "eres un imbécil, Carlos, te lo dije tres veces",
    "Váyanse a la mierda con su 'política'.",
]

CIVIL = [
    # swearing at a situation, not the team
    "This damn bill has been sitting on my counter for a month. Can you help me understand it?",
    "The f***ing portal froze again halfway through my appeal. Can I email it instead?",
    "Ugh, this stupid printer ate my claim form. Can you send another?",
    "Holy crap, the hospital bill is huge. What's my actual share?",
    "Damn it, I missed the premium due date. Am I still covered?",
    "The hell is a 'CARC code'? Sorry, long day.",
    "Shit, I lost my card at the airport. How do I get a new one?",
    "This whole insurance thing is a mess, no offence to you. What do I do next?",
    "My car broke down on the way to the appointment, screw this week. Can I reschedule "
    "without a fee?",
    "Bloody hell, the pharmacy says my inhaler tripled in price.",
    "The freaking app logged me out five times.",
    "Dang it, wrong attachment. Here's the right EOB.",
    "The hospital's billing office is a circus, honestly, but you've been great. What's next?",
    # legal threats stated politely
    "I will be contacting my attorney and the state insurance commissioner if this is not "
    "resolved by Friday.",
    "Please note that I intend to file a complaint with the Department of Insurance.",
    "If the claim is not reprocessed, I will pursue external review as is my right.",
    "I have consulted a lawyer and will be asking for a written explanation of the denial.",
    "I'm going to report this to the Better Business Bureau. Please send me your complaint "
    "process.",
    "I am documenting every call and will escalate to the regulator if needed.",
    # reported insults
    "The clinic receptionist called me an idiot for not knowing my member ID.",
    "The collector on the phone said I was a 'deadbeat'. Is that allowed?",
    "My ex told the lawyer I'm a moron with money, now I'm doing the insurance alone.",
    "The ER nurse muttered 'stupid' when I asked about cost. I'm still upset.",
    "My son's roommate called him a loser for being on his parents' plan, lol. Is he still "
    "covered at 22?",
    "The pharmacist basically called me a liar about my prescription.",
    # quoted insults
    "A review online says 'these people are clowns' — I hope that's not true, I'm about to "
    "sign up!",
    "The letter literally says 'you idiot' in the header, must be a scam. Can you check it?",
    "My mom keeps calling her doctor 'that old fool' but she still wants to see him. Is he in "
    "network?",
    "Someone on Reddit said 'insurance companies are crooks'. Are you?",
    # sincere praise with strong words
    "You guys are killing it. Fastest claim I've ever seen.",
    "Insanely helpful, thank you so much!",
    "Wicked fast response, you're awesome.",
    "Honestly the best damn customer service I've had all year.",
    "Holy cow, you fixed it in ten minutes. You're a legend.",
    "That agent was brilliant, pass on my thanks!",
    "You're a lifesaver. Seriously. Thank you.",
    "Stupidly good service today, I'm impressed.",
    "Crazy how quick that was, thanks a ton.",
    # anger in capitals, no insult
    "I AM VERY UPSET. MY CLAIM HAS BEEN PENDING FOR TWO MONTHS.",
    "WHY IS THIS STILL NOT FIXED? I NEED MY MEDICATION.",
    "THIS IS THE FOURTH TIME I AM WRITING. PLEASE ANSWER.",
    "I CANNOT AFFORD THIS BILL. PLEASE HELP ME.",
    "NO ONE HAS CALLED ME BACK. I AM FURIOUS.",
    "WHERE IS MY CARD???",
    # words that look rude in a medical or everyday sense
    "I need a referral for my hemorrhoids, they're a pain in the butt, literally.",
    "Does the plan pay for a breast pump rental?",
    "My husband is having a vasectomy, is it covered?",
    "The dummy pill week of my birth control — is that a separate prescription?",
    "Is a penile implant covered after prostate cancer?",
    "I have a killer migraine, can I do a video visit?",
    "My dog bit my hand, is the tetanus shot covered?",
    "The kid has a crappy cold, urgent care or wait?",
    "Do you cover testicular ultrasounds?",
    "The screw in my ankle came loose, do I need a prior auth for removal?",
    "My son is a total nerd and wants a copy of the EOB for fun lol",
    "Is 'Dick's Sporting Goods' knee brace reimbursable with FSA?",
    # self-deprecation
    "I'm such an idiot, I paid the same bill twice. Can I get a refund?",
    "Sorry, I'm dumb with computers. How do I log in?",
    "Stupid me, I put my old address. Can you update it?",
    "I feel like a moron asking, but what's a deductible?",
    # exhausted caregivers and parents
    "I'm exhausted. Between my mom's dialysis and my kid's tuition I can't keep track. What "
    "do I owe?",
    "I'm a single dad with a kid in college, I'm barely hanging on. Is there a cheaper plan?",
    "My father has dementia and yells at everyone; I handle his insurance now. What do you "
    "need from me?",
    "I've cried twice today over these bills. Please just tell me where to start.",
    "This is killing me slowly, the paperwork I mean. Can someone walk me through it?",
    # non-native English frustration without insult
    "I am very angry, three time I call and nobody help. Please help now.",
    "Why the bill so high? I not understand, please explain.",
    "This is not fair, I pay every month and still they say no.",
    "I am tired, very tired of this problem with card.",
    # Spanish and Spanglish frustration, no insult
    "Estoy harto de esta factura, ¿me pueden explicar qué debo?",
    "¡Maldita sea! Se me olvidó pagar la prima. ¿Sigo cubierto?",
    "Qué coraje, la clínica me cobró dos veces.",
    "Ya me cansé de llamar, ¿alguien me puede ayudar?",
    "Ay Dios, esta cuenta del hospital me va a matar.",
    "La recepcionista me dijo 'burra' por no traer la tarjeta. ¿Eso está bien?",
    "Voy a hablar con un abogado si no me responden, con todo respeto.",
    "This pinche portal no funciona, ¿me mandan la carta por correo?",
    "Están bien chidos, me resolvieron todo en un día. ¡Gracias!",
    "I'm so frustrada, my claim sigue pendiente.",
    "No es con ustedes, es que este sistema es una porquería.",
    "Muchas gracias, son lo máximo.",
]

out = write_tone_set("tone_test_fresh8.jsonl", ABUSIVE, CIVIL)
print(f"wrote {len(ABUSIVE)} abusive and {len(CIVIL)} civil texts to {out}")
