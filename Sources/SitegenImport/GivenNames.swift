/// Common given names across the languages and regions news reports name people from, folded.
/// A capitalised run that opens with one is likelier a person's name than an organisation's or a
/// place's: one piece of evidence among others, never enough alone. It is a list of a language's
/// names, like the stopword lists — no story's people are in it by design. It holds, besides, the 300
/// commonest male and female given names of the 1990 US census (public data, as the PyPI package
/// `names` 0.3.0 ships them) that are no lower-case English word (`grant`, `rose`), month or place.
enum GivenNames {
    /// A compound of given names is one too: `Jean-Marie`, `Karl-Heinz`, `Anne-Sophie`.
    static func contains(_ word: String) -> Bool {
        let folded = word.folded
        if names.contains(folded) { return true }
        guard folded.utf8.contains(UInt8(ascii: "-")) else { return false }
        let parts = folded.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { names.contains(String($0)) }
    }

    /// Whether `word` is a common given name, or one of `accepted`: the ambiguous names (`ambiguous`)
    /// that a text's own words allow (folded).
    static func contains(_ word: String, accepting accepted: Set<String>) -> Bool {
        contains(word) || (!accepted.isEmpty && accepted.contains(word.folded))
    }

    /// Of the 1990 US census's 300 commonest male and female given names, those that are also lower-case
    /// English words (`gene`, `rose`, `dawn`, `guy`), less months and places, and the short forms of
    /// common ones that are words too (`will`, `pat`, `rob`, which the census counts as William, Patrick or
    /// Patricia, Robert): a given name only in a text
    /// that never writes the word in lower case, nor as a noun after an article (German `die Gene`);
    /// `ambiguous(acceptedBy:nouns:)` says which.
    static let ambiguous: Set<String> = Set("""
    terry willie billy bobby earl jay warren derrick herman vernon clyde glen lester gene milton chester cecil     franklin elmer jessie clinton lance guy wallace johnnie morris clifton willard ross virgil marshall perry kirk     tracy wade heather rose bonnie ruby crystal dawn sherry shannon hazel regina holly rosemary terri pearl colleen     joy jackie viola dora jo myrtle patsy penny kay brandy billie tracey bobbie violet misty mae daisy will pat rob
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// The ambiguous names a text allows: those it never writes in lower case (`lowerCase`, folded) nor
    /// after an article as a noun (`nouns`, folded).
    static func ambiguous(acceptedBy lowerCase: Set<String>, nouns: Set<String>) -> Set<String> {
        ambiguous.filter { !lowerCase.contains($0) && !nouns.contains($0) }
    }

    private static let names: Set<String> = Set("""
    aaron abbas abdel abdelaziz abdelkader abdou abdul abdullah abdullahi abigail abiy abraham achim ada adam adama \
    adel aditya adnan adolfo adrian adriana adriano afonso agata agnes agnieszka agustin ahmad ahmed ahmet aida \
    aidan aisha aitana aitor ajay ajit akash akhilesh akira alain alan alba albert alberto aldo aleix alejandra \
    alejandro aleksander aleksandr alessandra alessandro alessia alessio alex alexander alexandra alexandre alexei \
    alexey alexia alexis alfie alfonso alfred alfredo alhassan ali alice alicia alicja alina alison allan allen \
    allison alma alok alvaro alvin amadou amalia amanda amber amelia amelie amine amir amit amitabh amol amy ana \
    anand anastasia anatoly anders andre andrea andreas andrei andres andrew andrey andriy andrzej andy angel angela \
    angelika angelo anil anita anja anjali ankit ann anna annalena anne annette annie annika ansgar anthony antje \
    antoine anton antonella antonin antonio antony anupam anurag aria ariane ariel arjun arlene armando armin arnaud \
    arnold arsene artem arthur arturo arun arvind ashish ashley ashok asier asif asma astrid atul audrey augusto \
    aung aurelie aurelien ava axel ayman aziz baptiste barack barak barbara barbora barnaby barry bart bashar \
    bastian beata beatrice beatriz becky ben benedict benedikt benjamin benoit bernard bernardo bernd bernice bernie \
    bertha bertrand bessie beth bettina betty beverly bhavna bianca bilal bill birgit bjorn blake bob boris boubacar \
    boyko brad bradley brandon branko brenda brent brett brian brigitte brittany bruce bruno bryan burak byron caio \
    calvin camila camilla camille candace carina carl carla carles carlo carlos carmen carol carole carolina \
    caroline carolyn carrie carsten casey cassandra catalina caterina catherine cathy cecilia cedric celine cem \
    cengiz cesar chad chandra channing chantal charlene charles charlie charlotte chen cheryl chiara chidi chinedu \
    chloe chris christa christian christina christine christoph christophe christopher christy chuck cindy claire \
    clara clarence clarisse claude claudia claudine claudio clayton clement clifford cody colin connie connor \
    constance constantin coralie corey corinne cory courtney craig cristian cristiano cristina curtis cynthia cyril \
    cyrus dagmar daisuke dale damien dan dana dani daniel daniela daniele danielle danilo danny dario darius darlene \
    darrell darren darryl daryl dave david davide dean deanna debbie deborah debra declan deepak deepika dejan \
    delores delphine denis denise dennis denys derek devendra diana diane dianne didier diego dieter dimitri dinesh \
    dirk dmitri dmitry dolores domenico dominic dominique don donald donna doris dorota dorothy doug douglas dragan \
    duane duncan dustin dwayne dwight dylan eamon ed eddie edgar edin edith edmund edna edoardo eduardo edward edwin \
    eileen ekaterina elaine eleanor elena eleonora eli elias elif elijah elio elisa elisabeth elise elizabeth elke ella \
    ellen elon elsa elsie elvira emanuele emeka emil emilia emilio emily emine emma emmanuel emre enrico enrique enzo eric \
    erica erik erika erin erling ernest ernesto ernst esra esteban estelle esther ethan ethel etienne ettore eugene eva \
    evan evelyn everett fabian fabienne fabio fabrice fabrizio fadi faisal farid fatih fatima fausto federica federico \
    felicia felipe felix fernanda fernando ferran filip filippo fiona flavio florence florent florian floyd frances \
    francesca francesco francis francisco franck franco francois francoise frank franz fred freddie frederic \
    frederick frida friedrich fritz fulvio fumio gabriel gabriela gabriele gaetan gail gareth gary gaston gautam gavin gen \
    gennaro geoffrey georg george georges gerald geraldine gerard gerardo gerd gerhard gerrit gertrude giacomo \
    giancarlo gianluca gianluigi gianni gilbert gilles gina gino giorgia giorgio giovanna giovanni girish gisele gita giulia giulio \
    giuseppe gladys glenda glenn gloria gonzalo goran gordon grace graham greg gregor gregory gudrun guido guillaume \
    guillermo gunnar gunther gustav gustavo gwendolyn habib hakan hakim halil hamid hamza han hana hanna hannah \
    hannes hans harald harish harold harry harun harvey hassan hector heidi heike heiko heinz helen helena helga \
    helmut hemant hendrik henning henri henrik henry herbert herve hilary hilda hilde hillary hiroshi hiroyuki hoang \
    holger horst hossein howard hristo hubert hugh hugo hussein ian ibrahim ida ignacio igor iker ilaria ilhan ilkay ilse \
    ilya imran indira ines ingrid ioannis irene irina iris irma irving isaac isabel isabela isabella isabelle isak \
    ismail ivan ivo jack jacob jacqueline jacques jaime jake jakub james jamie jan jana jane janet janice janis \
    janusz jared jaroslav jaroslaw jasmin jason javad javier jean jeanette jeanne jeff jeffery jeffrey jenni jennie \
    jennifer jenny jens jeremy jerome jerry jesse jessica jill jim jimmie jimmy jin jiri joachim joan joann joanna \
    joanne joao joaquim joaquin jochen joe joel johan johann johanna johannes john johnny jon jonas jonathan jordan \
    jordi jorg jorge joris jose josef josefina josep joseph josephine josh joshua joyce juan juanita jude judith \
    judy jules julia julian juliane julie julien julio julius jun juraj jurgen justin jutta jyoti kai kaja kamal \
    kamala kamil kapil karan karel karen karim karin karl karolina karoline kasper katarina katarzyna kate katherine \
    kathleen kathryn kathy katie katja katrin katrina kavita kazuo keir keith kelly kemal ken kenji kenneth kent \
    kerem kerstin kevin khalid kieran kilian kim kimberly kiran kirill kirsten klara klaus kofi konrad kostas \
    krishna kristen kristin kristina kurt kwame kyle kylian kylie lalit lamine lara larissa larry lars lasse laszlo \
    lata laura laure lauren laurence laurent laurie lautaro lawrence lea leah leandro lee leila lena lennart leo \
    leon leona leonard leonardo leonel leonid leonie leroy leslie leticia lewis liam liliana lillian lillie lilly \
    linda lionel lisa liu liz lloyd logan lois lonnie lorena lorenz lorenzo loretta lori lorraine lothar louis \
    louise luca lucas lucia luciano lucie lucille lucy ludmila ludovic ludovica ludwig luigi luis luisa luka lukas luke lula \
    lutz lydia lynn mabel maciej madhu mads magali magdalena magnus mahdi mahesh mahmoud mahmud maja majid malcolm \
    malgorzata malik mamadou manfred manish manning manoj manolo manon manuel manuela marc marcel marcelo marcia \
    marcin marco marcus marek margaret margarita margie margot maria mariam marian mariana marianne mariano marie \
    marilyn marina marine mario marion marisol marjorie mark marko markus marlene marsha marta martha martin martina \
    marvin mary maryam mason massimo matej mateo mateusz mathew mathias mathieu mathilde matilde matteo matthew \
    matthias mattia mattie maureen maurice mauricio maurizio mauro max maxim maxime maximilian maxine meena megan mehdi \
    mehmet mei melania melanie melike melinda melissa melvin mercedes mia michael michaela micheal michel michele \
    michelle mick miguel mike mikhail mila milan mildred milena milos min minnie mira miriam mirko miroslav mitch \
    mitchell mohamed mohammad mohammed mohan mohsen monica monika moritz moussa muhammad mukesh murat muriel mustafa \
    nabil nacho nadia nadine nancy nandan naoki naomi narendra narges nasser natalia natalie natascha nathalie \
    nathan nathaniel naveen neha neil nellie nelson niall nicholas nick niclas nicola nicolas nicole nicoletta \
    nicolo nicusor nigel nikhil niki nikita nikki niklas nikola nikolai nikolaos nils nina nirmala nitin nitish noah \
    noel noemi nora norbert norma norman nuno oksana olaf oleg olena olga oliver olivia olivier omar omer ondrej \
    oriol oscar osman oswaldo ousmane pablo paloma pamela paola paolo parag pascal patricia patrick patrizia paul \
    paula paulina pauline pavel pavol pedro peggy pekka peng pere petar peter petr petra petro philip philipp \
    philippe phillip phyllis pierluigi piero pierre pieter pietro pilar piotr pooja pradeep prakash pranab praveen priscilla priya \
    priyanka qasim quentin rachel radek rafa rafael raffaele raffaella rahul rainer rajesh rajiv rakesh ralph ramesh ramon \
    ramona ramzan randall randy rania raphael raquel rashid raul ravi ray raymond rebecca recep reginald reinhard \
    remi renate renato rene renee reza rhonda ricardo riccardo richard rick ricky rishi rita robert roberta roberto \
    robin rocco rocio rodney rodrigo roger rohit roland rolf romain roman romano romina ron ronald ronaldo ronnie rosa rossella \
    roxana roy ruben rudolf rupert russell ruth ruud ryan sabine sabrina sachin sadio sadiq salah salim sally salma \
    salvatore sam samantha sami samir samira samuel sandeep sandra sandrine sandro sanjay sanjeev sanna santiago \
    santosh sara sarah sascha sasha satoshi satya saul scott sean sebastian sebastiano sebastien selena serge sergei \
    sergey sergio sergiy seth seung sevim shane sharon shashi shawn sheikh sheila shelly sherri shigeru shilpa \
    shinzo shiri shirley shiv shreya sidney siegfried silke silvia silvio simon simona simone slawomir sofia sonal \
    sonia sonja sophia sophie soren stacey stacy stanislav stanley stavros stefan stefano stella stephan stephane \
    stephanie stephen sterling steve steven stirling sudhir sue sundar sung sunil sunita suresh susan susana susanne \
    sushil suzanne sven svenja svetlana swati sylvia sylvie takeshi tal tamara tamas tammy tania tanja tanya tara \
    taras tarek taro tatiana ted teresa terrance terrence thelma theo theodore theresa thiago thierry thilo thomas \
    thorsten tiago tibor tiffany tim timo timothy tina tiziano tobias todd tom tomas tomasz tommaso tommy toni tony tonya torsten \
    travis tyler tyrone uday ugo ulf ulrich ulrike umberto ursula usha ute uwe vaclav valentin valentina valeria valerie \
    valerio vanessa varun vasco vasily velma vera veronica veronika vicente vicki vickie victor victoria vijay \
    vijaya vikas vikram viktor viktoria vincent vincenzo vinicius vinod virginie vishal vitaly vitor vittorio vivian \
    vlad vladimir vladislav vojtech volker volodymyr walid walter wanda wang wayne wei wendy werner wesley wiebke \
    wilfried willem william wilma wladimir wojciech wolfgang xabi xavier xenia xi yaakov yael yair yann yannick \
    yaroslav yasmin yasmina yassine yevgeny yevhen yogesh yolanda yosef yoshihide yoshiko youssef yuki yulia yunus \
    yuri yury yusuf yves yvonne zachary zayn zbigniew zdenek zeynep zhang zoe zoltan zoran zuzana
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
