/**
 * Words typo correction may correct *to* (the words of the topic rules and attribute cues) and
 * everyday words it must never correct *away* (so "rough" never becomes "cough").
 */
export const RULE_WORDS = `
smoke smoker smoking smoked cigarettes cigarette tobacco vape vaping nicotine alcohol alcoholic drink drinking
drinker units pints beer wine spirits whisky vodka recreational drugs cannabis marijuana cocaine heroin ecstasy
amphetamines illegal illicit substances inject injected needles medications medication tablets pills prescribed
prescribe diagnose investigate prescription inhalers inhaler injections insulin supplements vitamins remedies herbal counter allergies allergic
allergy reaction reactions intolerance anaphylaxis operations operation surgery surgeries surgical procedures
procedure anaesthetic family history relatives mother father parents brothers sisters siblings grandparents
hereditary inherited genetic pregnant pregnancy periods period menstrual contraception contraceptive menopause
worried worries worrying concerned concerns concerning scared frightened afraid fears expecting expectations hoping
expect thoughts ideas idea think causing occupation occupational employed employment working retired job profession
living alone independent stairs carers support accommodation bungalow house flat medical diagnosed diagnosis
conditions condition illnesses illness problems hospital admitted specialist consultant previously previous
summarise summary recap anything something else missed mentioned greeting hello morning afternoon evening student
doctor name birth brought brings bothering happening happened problem trouble reason symptoms worse better
relieves relieve eases help helps aggravates triggers radiate radiates spread spreads travel anywhere where
whereabouts exactly describe character sharp dull crushing burning stabbing aching throbbing tight heavy squeezing
pressing shooting tearing severe severity scale score rate bad constant continuous intermittent often frequent
episodes attacks sudden suddenly gradual gradually start started begin began notice noticed long duration
lasts last lasting exertion exercise walking breathing position moving lying sitting standing painkillers
paracetamol ibuprofen rest resting leaning forward typically usually normally before ever since night morning
weather weekend hobbies hobby breakfast children grandchildren pets animals comfortable understand understandable
sorry sounds awful horrible terrible frightening difficult appreciate thank thanks together quickly hurry
associated accompanying other noticed yourself generally overall health bowels waterworks urine bladder stomach
tummy joints muscles skin mood memory eyesight vision hearing throat nose ears thyroid circulation heart lungs
chest results cholesterol pressure sugar glucose readings scan blood tests level
`
  .split(/\s+/)
  .filter((w) => w.length > 0);

export const COMMON_WORDS = `
a about above across after again against ago all almost alone along already also although always am among an and
another any anybody anyone anything anywhere are area around as ask asked asking at away back bad be because
become been before began being believe below best better between big bit both bring brought but by call called
came can cannot car care case cause change check clear close cold come comes coming could couple course current
day days dear did different do does doing done down during each early easy eat either end enough even evening
ever every everyone everything exactly fact far feel feeling feels fell felt few find fine first five for found
four from front full further get gets getting give given go goes going good got great had half happen happy hard
has have having he head hear heard help her here hers herself high him himself his hold home hot hour hours how
however i if important in inside into is it its itself just keep kind knew know known large last late later least
leave left less let life like likely little live long look looked looking lot lots made make makes making many
may maybe me mean means might mind mine minute minutes moment more most mostly much must my myself near need needs
never new next nice no nobody none normal not nothing now of off often oh okay old on once one only onto open or
order other others our out outside over own part past people perhaps place please point pretty quite rather
really reason recent recently right round said same saw say saying says second see seem seemed seems seen set
several shall she short should show side since six small so some somebody someone something sometimes somewhere
soon sorry sort spell spells still stop such sure take taken takes taking talk tell ten than thank that the their
them themselves then there these they thing things think third this those though thought three through time
times to today told too took top toward towards tried true try trying turn two under until up upon us use used
using usual very wait want wanted was way we week weeks well went were what whatever when where whether which
while who whole whom whose why will wish with within without word words work world would year years yes yet you
young your yours yourself rough tough round sound found ground bound cough could would should hold cold told sold
fold gold bold feet feel fell fill full pull bull wall ball call fall tall hall mall walk talk chalk stalk rest
test best west nest pest less mess press dress guess bless fine line mine nine wine pine dine shine spine swine
sick stick trick thick quick slick lick tick pick kick wick brick flick hurt burn born turn torn worn form
storm warm harm farm arm arms leg legs hand hands foot toe toes eye eyes ear ears mouth nose neck face lip lips
tongue tooth teeth jaw jaws shoulder shoulders elbow wrist finger fingers knee knees hip hips ankle ankles calf
calves thigh back belly tummy stomach chest heart lungs skin hair nail nails blood bone bones muscle muscles pain
pains ache aches sore wife husband partner son daughter boyfriend girlfriend mum dad friend friends neighbour
garden gardening shopping driving drive drove train bus plane flight holiday office school college university
factory farm shop pub club church gym football golf fishing walking swimming running cycling reading cooking
knitting camping hiking tv telly radio news paper dog dogs cat cats bird birds fish horse horses today tonight yesterday tomorrow
morning afternoon monday tuesday wednesday thursday friday saturday sunday january february march april june july
august september october november december spring summer autumn winter hour week month months year yeah yep nope
hmm um er ah okay alright sorry please thanks cheers mate love dear sir madam miss mister mr mrs ms dr doc
quit quitting print printed station instructions instruction prompt prompts explain ignore pretend system rules
exam exams osce pass passed fail marks answer answers question questions cigar cigars planned plans weekend
journey cardigan jumper flowers knit knitted raining rain sunny snow snowing ward wards parking traffic coffee tea
cake joke jokes funny laugh lovely weather queue waiting supervisor colleague programme recipe poem story
`
  .split(/\s+/)
  .filter((w) => w.length > 0);
