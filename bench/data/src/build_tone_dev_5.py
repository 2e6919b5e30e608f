"""Write ../tone_dev_5.jsonl: dev examples for the abuse detector, written by helper tone5 on
2026-12-07 (stop 27) after tone_test_fresh5.jsonl was committed and measured once, for the
families that pass works on; no held-out text copied or reworded (new wordings, new words).
Measured once before tuning.

Abusive: an insult inside a long billing message, sarcasm at the reader or the team, obfuscated
profanity at the reader, all-caps insults, contempt for the company, insults in a polite frame,
threats to a person's job, Spanish and Spanglish insults.
Civil: long angry complaints, all-caps anger, lawful threats (a lawyer, a regulator, a review),
strong words about a third party, quoted or relayed abuse, sarcasm at the situation, obfuscated
profanity at the situation or oneself, praise, Spanish and Spanglish.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from tone_common import write_tone_set

ABUSIVE = [
    # insult inside a long message
    "I'm following up on the bill for my colonoscopy on April 9. It was billed as diagnostic "
    "instead of screening, so I'm being charged $780. My gastroenterologist says the code is "
    "right. The nitwits in your coding unit clearly can't tell the difference. Please have it "
    "reviewed and let me know in writing.",
    "My wife had a baby on March 2 and I added her within 30 days like the handbook says. Now "
    "the baby's pediatrician visits are being denied as 'not enrolled'. Your eligibility staff are "
    "a pack of nincompoops. How long until the newborn shows on my plan?",
    "Hi there. The dental office billed two cleanings six months apart, which the plan covers. "
    "You paid one and denied the other as too frequent. It was 184 days apart. Can your "
    "knuckleheads not read a calendar? Please reprocess the second cleaning.",
    "We moved from Ohio to Arizona in July and I updated the address the same week. Every EOB "
    "since has gone to the old house. I've told three people now. What a bunch of dunces. Please "
    "confirm the new address is saved.",
    "Claim 55-1903 for my physical therapy shows 'paid' in the portal but the clinic says they "
    "never received anything. I need the check number or the EFT date. Stop being such lazy "
    "slugs and look it up.",
    "Hello, I received a letter saying my prescription needs step therapy, but I already tried "
    "both of the cheaper drugs in 2023 and my pharmacy records show it. Honestly your pharmacy "
    "reviewers are dimwits. Can the doctor send the history again or do you have it?",
    # sarcasm at the reader or the team
    "Nice going, you mailed my card to my neighbor. Brilliant staff you have, truly brilliant.",
    "Way to go, hotshot. That's the fourth wrong answer today.",
    "Leave it to the claims wizards to deny a denial I already appealed.",
    "Well done, Sherlock, you found the claim I sent you a month ago.",
    "Hats off to the masterminds who approved the surgery but not the anesthesia.",
    "Outstanding work as always, you bunch of amateurs.",
    "Oh sure, blame the member, that's original. Real professional bunch you are.",
    "Real smooth, geniuses. Sending my EOB to my ex.",
    # obfuscated profanity at the reader
    "you sh*theads lost my form",
    "f*ck off with the hold music, answer me",
    "wtf is your problem, you clowns",
    "you're full of sh!t, I was never told that",
    "go to h3ll, all of you",
    "you guys are a bunch of @ssclowns",
    "you stupid b*stards charged me twice",
    "fcking useless people, pay the claim",
    "stop lying you piece of sh1t",
    "bite me, you useless @sshats",
    "fu, your denial is garbage",
    # all-caps insults
    "YOU ARE ALL COMPLETELY WORTHLESS. ANSWER THE PHONE.",
    "INCOMPETENT FOOLS. THE CLAIM WAS APPROVED.",
    "WHAT IS WRONG WITH YOU PEOPLE, ARE YOU DENSE?",
    "YOUR AGENTS ARE CROOKS.",
    # contempt for the company
    "This company employs nothing but cheats.",
    "Nobody at this insurer has a shred of decency, you parasites.",
    "Your outfit is a racket and you're all in on it.",
    "You vultures profit off sick kids.",
    # polite frame or comparison
    "Not to be rude, but you're a moron. The bill is from 2024.",
    "Sorry to say it, but you are the dumbest person I've ever had to deal with.",
    "Respectfully, are you an idiot? I sent it twice.",
    "A goldfish would remember my claim better than you.",
    "I've had better conversations with my toaster than with you, you dolt.",
    # threats to a person's job
    "I'm going to make sure your boss knows what a lazy fool you are.",
    "Give me your full name so I can get you fired, you useless clerk.",
    # Spanish
    "¿Son pendejos o qué? Ya pagué.",
    "Son unos ladrones y unos sinvergüenzas, devuélvanme mi dinero.",
    "Inútiles, ¿cuándo me van a pagar el reembolso?",
    "Qué bola de babosos, perdieron mi reclamo otra vez.",
    "Muy bien, expertos, me mandaron la tarjeta con otro nombre.",
    "ERES UN INÚTIL, CONTÉSTAME.",
    "Son unos rateros, me quitaron $300 de mi cuenta.",
    "Mensos, el reclamo era de mi hijo.",
    "Oye pendejo, ya te dije que la cita fue en junio.",
    "Les escribo por tercera vez sobre la factura del laboratorio del 12 de mayo. El plan dice "
    "que los análisis preventivos no tienen costo y me cobraron $95. Son unos ineptos, no saben "
    "leer su propia póliza. ¿Me la corrigen?",
    # Spanglish
    "You guys son unos inútiles, fix it already.",
    "Pinches ladrones, where's my refund?",
    "Neta, you are such a pendejo, read the EOB.",
]

CIVIL = [
    # long angry complaints
    "I am beyond frustrated. I sent the appeal in June, got a confirmation, and now the portal "
    "says there is no appeal on file. I kept my fax confirmation. What do I do now?",
    "This has been the most stressful month. My husband's chemo was delayed because the "
    "authorization sat in a queue. I'm not blaming anyone in particular, but I need to know who "
    "can move it.",
    "Honestly this is infuriating. I've uploaded the receipt three times and the portal keeps "
    "rejecting it. Is there an email address I can send it to?",
    "I'm really upset about this. We were told the hospital was in network and now it isn't. "
    "Can you check what the network status was on the date of the surgery?",
    "Your phone system hung up on me twice today. I'd like someone to call me back instead.",
    "This whole situation is a mess and I'm tired. Can you just tell me what I owe?",
    # all-caps anger
    "PLEASE CALL ME BACK, I HAVE BEEN WAITING SINCE MONDAY.",
    "WHY WAS MY CLAIM DENIED AGAIN??",
    "I AM SO TIRED OF THIS. THE REFERRAL IS ON FILE.",
    "MY SON NEEDS HIS INHALER TODAY. WHAT IS THE HOLDUP?",
    "NO ONE HAS ANSWERED MY LAST THREE MESSAGES.",
    # lawful threats
    "I'm going to talk to a lawyer if this denial stands.",
    "I will file a complaint with the state insurance commissioner this week.",
    "Expect to hear from my attorney about the balance bill.",
    "I plan to post about this on Yelp and tell my employer's benefits office.",
    "I'm contacting my congressman's office about this appeal.",
    "If this isn't resolved I'm taking it to court.",
    # third party
    "The ER doctor's billing company are crooks, they charged me $1,900. Is it covered?",
    "My landlord is a jerk who keeps my mail. Can you email the EOB instead?",
    "The lab tech was a real idiot and drew blood from the wrong arm, but my question is about "
    "the bill.",
    "That hospital charges like thieves. Can you tell me the allowed amount for a CT?",
    "My stepfather is a liar and told my mom she isn't covered. Can you check her eligibility?",
    "The pharmacy chain is full of lazy people, they lost my refill. Can I use mail order?",
    # quoted or relayed
    "My mom said 'those people are idiots' about your office, but I think it was the clinic's "
    "fault. Can you check?",
    "Somebody in the waiting room called the nurse 'stupid'. Anyway, is my visit covered?",
    "My brother says your company 'screws everybody'. I'd just like my EOB explained.",
    "The provider's letter says 'the insurer refuses to pay, the incompetents'. Is that true?",
    # sarcasm at the situation
    "Oh wonderful, the bill went up again. What's the new charge for?",
    "Great, another denial letter. How do I appeal this one?",
    "Just perfect, my card expired the day before my surgery. Can you send a new one?",
    "Lovely, the pharmacy says the drug isn't covered anymore. What are my options?",
    # obfuscated profanity at the situation or oneself
    "F*ck, I lost my card at the airport. How do I get a temporary one?",
    "This sh*t bill is stressing me out. Can I set up a payment plan?",
    "Wtf is a facility fee and why is it $400?",
    "Damn, I'm such an id*ot, I sent the wrong form. Can I send the right one?",
    "Jesus f*cking Christ, the ambulance bill is $2,300. Do I owe that?",
    # criticism without insult, praise
    "Your hold times are unacceptable and I'd like that passed along.",
    "The last rep gave me wrong information. Please correct it.",
    "You guys are awesome, thanks for the quick fix!",
    "Great work, the claim went through. Thanks!",
    "You're a genius, the new card works perfectly.",
    # Spanish
    "Estoy muy enojada, llevo un mes esperando el reembolso. ¿Qué pasó?",
    "YA NO AGUANTO ESTO. ¿POR QUÉ ME NEGARON EL RECLAMO?",
    "En el hospital son unos abusivos, me cobraron $2,000. ¿Cuánto cubre el plan?",
    "Mi suegra los llama 'rateros', pero yo sólo quiero saber mi deducible.",
    "Ya contraté un abogado por esta negación.",
    "Ay, qué maravilla, otra carta de negación. ¿Cómo apelo?",
    "Qué tonta soy, se me olvidó mandar el formulario. ¿Todavía puedo?",
    "Qué eficientes, gracias, ya quedó todo.",
    "Mi cuñado es un pendejo que chocó mi carro; ¿el seguro cubre mi terapia?",
    # Spanglish
    "Ya me cansé, the claim got denied again. ¿Me ayudan?",
    "That urgent care es una estafa, they charged me for two visits. Can you check?",
]

out = write_tone_set("tone_dev_5.jsonl", ABUSIVE, CIVIL)
print(f"wrote {len(ABUSIVE)} abusive and {len(CIVIL)} civil texts to {out}")
