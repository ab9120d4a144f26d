//! Lists of places with a speaker's verb after them.

use crate::names::gazetteer::Gazetteer;

fn names(text: &str) -> Vec<String> {
    super::tests::names_in(text, &Gazetteer::default())
}

#[test]
fn the_last_item_of_a_place_list_before_said_is_a_place() {
    assert_eq!(
        names("Residents of Maarzaf and Tilmanas said the shelling lasted all night."),
        ["Maarzaf", "Tilmanas"]
    );
    assert_eq!(
        names("Residents of Qaraqush, Bartalla and Bashiqah said they would return."),
        ["Qaraqush", "Bartalla", "Bashiqah"]
    );
    // A head word makes a place whatever verb follows.
    assert_eq!(
        names("Farmers in Shebaa and Kafr Hamam said fires spread."),
        ["Shebaa", "Kafr Hamam"]
    );
    // A speaker alone stays a speaker, after a comma too, and a person in a list stays a person.
    assert_eq!(
        names("Communications were cut from Donggala, Nugroho said."),
        ["Donggala"]
    );
    assert!(names("Later, Tilmanas said the shelling lasted all night.").is_empty());
    assert_eq!(
        names("Residents of Maarzaf and Ahmed Maiteeq said the road was open."),
        ["Maarzaf"]
    );
}
