/// Common given names and the gender they usually show, for pronoun agreement.
enum FirstNames {
  private static let male = """
    james john robert michael william david richard joseph thomas charles christopher daniel \
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy \
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott \
    brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron \
    jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith \
    roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe \
    bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell \
    bobby mason philip louis bill barack mike mitt ted marco jeb chris rand ben bernie tim newt \
    rudy vladimir sergei sergey dmitry dmitri andrey andrei alexei igor boris \
    emmanuel olaf rishi keir tony gordon nigel tom nick \
    jim bob dick ron ed al kim jean pierre francois jacques nicolas hans klaus helmut \
    gerhard juergen carlos luis miguel pedro antonio manuel francisco jorge ricardo rafael \
    mohammed muhammad ahmed ali hassan hussein omar abdullah recep yitzhak shimon \
    narendra rahul imran nawaz shinzo fumio yoshihide moon jae tomas marcus viktor milan pavel \
    jan lars erik sven anders mario matteo giuseppe luca silvio enrico andres javier diego \
    kell hugo felix oscar leo max simon martin tobias lukas jonas
    """
  private static let female = """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty \
    margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah \
    stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela \
    nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria \
    heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith \
    megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice \
    jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle \
    theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary \
    chelsea nicola liz kamala sonia ursula \
    marine jacinda indira benazir golda yulia svetlana olga tatiana natalia \
    irina elena ekaterina hua ying mei lin jill melania ivanka kellyanne huma \
    hope nikki carly michele tulsi debbie dianne kirsten \
    tammy kristi gretchen stacey valerie priya aisha fatima leila \
    yasmin sofia lucia carmen isabel ines ana beatriz lena ingrid astrid freya helga greta
    """

  static let genders: LexiconTable<Gender> = {
    var table: [String: Gender] = [:]
    for name in male.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      table[String(name)] = .male
    }
    for name in female.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      table[String(name)] = .female
    }
    return LexiconTable(table)
  }()
}
